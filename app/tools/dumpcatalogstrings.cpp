// Writes the catalog's translatable texts as QT_TRANSLATE_NOOP("catalog", ...)
// entries into a C++ file that only lupdate reads (update_translations), so the
// .ts files follow the catalog as node kinds are added. The expression functions'
// one-line descriptions follow as QT_TRANSLATE_NOOP("ExpressionFunctions", ...), the
// context ExpressionEdit translates them in.
#include "widgets/model/catalogtext.h"

#include "pipeline/expr/functions.h"

#include <fstream>
#include <iostream>

namespace {

std::string quoted(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    return out + "\"";
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::cerr << "usage: dumpcatalogstrings OUTPUT.cpp\n";
        return 2;
    }
    std::string text = "// Generated from the node catalog by dumpcatalogstrings; read by lupdate only.\n"
                       "#include <QtGlobal>\n\nstatic const char *const catalogStrings[] = {\n";
    for (const std::string &s : CatalogText::strings(pipeline::Catalog::builtin()))
        text += "    QT_TRANSLATE_NOOP(\"catalog\", " + quoted(s) + "),\n";
    text += "};\n\nstatic const char *const expressionFunctionStrings[] = {\n";
    for (const auto &spec : pipeline::expr::functionTable())
        text += "    QT_TRANSLATE_NOOP(\"ExpressionFunctions\", " + quoted(std::string(spec.description)) + "),\n";
    text += "};\n";
    // Rewrite only on change, so lupdate's inputs keep their timestamps otherwise.
    std::ifstream existing(argv[1], std::ios::binary);
    const std::string old((std::istreambuf_iterator<char>(existing)), std::istreambuf_iterator<char>());
    if (old == text)
        return 0;
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << text;
    return out ? 0 : 1;
}
