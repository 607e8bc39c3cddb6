#include "app/designer/run/enginereaper.h"

#include <mutex>
#include <thread>
#include <vector>

namespace {

struct Reaper {
    std::mutex mutex;
    std::vector<std::thread> threads;
    int pending = 0;
    // A program that never called waitAll() (a test) still must not exit with
    // joinable threads: that would abort.
    ~Reaper()
    {
        for (std::thread &t : threads)
            if (t.joinable())
                t.join();
    }
};

Reaper &reaper()
{
    static Reaper instance;
    return instance;
}

} // namespace

void EngineReaper::adopt(std::unique_ptr<pipeline::runtime::Engine> engine)
{
    if (!engine)
        return;
    engine->requestStop();
    Reaper &r = reaper();
    std::lock_guard lock(r.mutex);
    ++r.pending;
    r.threads.emplace_back([engine = std::move(engine)]() mutable {
        engine->wait();
        engine.reset(); // closes the clients after the drain
        std::lock_guard done(reaper().mutex);
        --reaper().pending;
    });
}

int EngineReaper::pending()
{
    std::lock_guard lock(reaper().mutex);
    return reaper().pending;
}

void EngineReaper::waitAll()
{
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(reaper().mutex);
        threads.swap(reaper().threads);
    }
    for (std::thread &t : threads)
        t.join();
}
