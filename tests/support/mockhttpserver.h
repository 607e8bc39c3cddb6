#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace pipewright::testsupport {

/// One HTTP request as a mock server received it.
struct MockHttpRequest {
    std::string method;
    std::string target;                                       // path with the query, e.g. /a/b?verbose=true
    std::string path;                                         // without the query
    std::string query;                                        // after '?', may be empty
    std::vector<std::pair<std::string, std::string>> headers; // names lower-cased
    std::string body;
    std::string header(const std::string &lowerName) const;
};

struct MockHttpResponse {
    int status = 200;
    std::string body;
    std::string contentType = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
};

/// A small HTTP/1.1 server on a loopback port for mock services in tests (test
/// tree only): reads requests (Content-Length bodies, keep-alive), hands each to
/// the handler and writes its response. One thread per connection; the handler
/// may be called from several threads at once.
class MockHttpServer {
public:
    using Handler = std::function<MockHttpResponse(const MockHttpRequest &)>;

    explicit MockHttpServer(Handler handler);
    ~MockHttpServer(); // stop()
    MockHttpServer(const MockHttpServer &) = delete;
    MockHttpServer &operator=(const MockHttpServer &) = delete;

    /// Listens on 127.0.0.1:`port` (0 = any free port). False + error on failure.
    bool start(int port = 0, std::string *error = nullptr);
    void stop();
    int port() const { return m_port; }

private:
    void acceptLoop();
    void serveConnection(int fd);

    Handler m_handler;
    int m_listenFd = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptThread;
    std::mutex m_mutex;
    std::vector<std::thread> m_connections;
    std::vector<int> m_connectionFds;
};

} // namespace pipewright::testsupport
