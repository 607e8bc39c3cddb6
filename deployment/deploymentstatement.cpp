#include "deployment/deploymentstatement.h"

#include <cctype>

namespace deployment {

namespace {

std::string upper(std::string text)
{
    for (char &c : text)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

/// Words, quoted identifiers and string literals of a statement, in order;
/// punctuation dropped. Quoted identifiers keep their back-quotes, literals their quotes.
std::vector<std::string> tokens(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\'' || c == '`' || c == '"') {
            std::size_t j = i + 1;
            while (j < text.size() && !(text[j] == c && (j + 1 >= text.size() || text[j + 1] != c)))
                j += text[j] == c ? 2 : 1;
            out.push_back(text.substr(i, j + 1 - i));
            i = j + 1;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.') {
            std::size_t j = i;
            while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_' || text[j] == '.'))
                ++j;
            out.push_back(text.substr(i, j - i));
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

std::string unquote(const std::string &token, bool *quoted = nullptr)
{
    const bool q = token.size() >= 2 && (token.front() == '`' || token.front() == '\'' || token.front() == '"');
    if (quoted)
        *quoted = q;
    return q ? token.substr(1, token.size() - 2) : token;
}

void classify(DeploymentStatement &s)
{
    const std::vector<std::string> t = tokens(s.text);
    auto word = [&](std::size_t i) { return i < t.size() ? upper(t[i]) : std::string(); };
    std::size_t i = 0;
    if (word(0) == "SET" && t.size() >= 3) {
        s.kind = DeploymentStatement::Kind::Set;
        s.settingKey = unquote(t[1]);
        s.settingValue = unquote(t[2]);
        return;
    }
    if (word(0) == "INSERT" && word(1) == "INTO") {
        s.kind = DeploymentStatement::Kind::Insert;
        s.objectName = unquote(t.size() > 2 ? t[2] : std::string(), &s.quotedName);
        i = 3;
    } else if (word(0) == "CREATE") {
        std::size_t k = 1;
        if (word(k) == "OR" && word(k + 1) == "REPLACE")
            k += 2;
        while (word(k) == "SOURCE" || word(k) == "TEMPORARY")
            ++k;
        const std::string what = word(k);
        if (what == "IF")
            k += 2; // IF NOT EXISTS
        const std::size_t nameAt = word(k + 1) == "IF" ? k + 4 : k + 1;
        s.objectName = unquote(nameAt < t.size() ? t[nameAt] : std::string(), &s.quotedName);
        if (what == "STREAM" || what == "TABLE") {
            bool asSelect = false;
            for (std::size_t j = nameAt + 1; j + 1 < t.size(); ++j) {
                if (upper(t[j]) == "AS" && upper(t[j + 1]) == "SELECT")
                    asSelect = true;
            }
            s.kind = asSelect ? DeploymentStatement::Kind::CreateAsSelect : DeploymentStatement::Kind::CreateObject;
        } else {
            s.kind = DeploymentStatement::Kind::CreateView;
        }
        i = nameAt + 1;
    }
    for (; i + 1 < t.size(); ++i) {
        const std::string w = upper(t[i]);
        if ((w == "FROM" || w == "JOIN") && t[i + 1].front() != '\'') {
            bool quoted = false;
            std::string name = unquote(t[i + 1], &quoted);
            if (!quoted && upper(name) == "TABLE")
                continue; // FROM TABLE(...) table functions
            s.reads.push_back(name);
        }
    }
}

} // namespace

std::vector<DeploymentStatement> splitExport(const codegen::ExportResult &result)
{
    // Line -> node from the export's ranges.
    auto nodeAt = [&](int line) {
        for (const auto &range : result.statements) {
            if (line >= range.firstLine && line <= range.lastLine)
                return range.nodeId;
        }
        return std::string();
    };
    std::vector<DeploymentStatement> out;
    const std::string &text = result.script;
    std::string current;
    int line = 1, startLine = 0;
    char quote = 0;
    auto flush = [&] {
        std::size_t a = current.find_first_not_of(" \t\r\n");
        if (a != std::string::npos) {
            std::size_t b = current.find_last_not_of(" \t\r\n");
            DeploymentStatement s;
            s.text = current.substr(a, b + 1 - a);
            s.line = startLine;
            s.nodeId = nodeAt(startLine);
            classify(s);
            out.push_back(std::move(s));
        }
        current.clear();
        startLine = 0;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            current += c;
            if (c == quote) {
                if (i + 1 < text.size() && text[i + 1] == quote)
                    current += text[++i];
                else
                    quote = 0;
            }
        } else if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
            while (i < text.size() && text[i] != '\n')
                ++i;
            if (i < text.size()) {
                current += '\n';
                ++line;
            }
            continue;
        } else if (c == ';') {
            flush();
        } else {
            if (!startLine && !std::isspace(static_cast<unsigned char>(c)))
                startLine = line;
            if (c == '\'' || c == '`' || c == '"')
                quote = c;
            current += c;
        }
        if (c == '\n')
            ++line;
    }
    flush();
    return out;
}

} // namespace deployment
