#pragma once

#include "pipeline/core/catalog.h"

#include <QString>

#include <string>
#include <vector>

/// The catalog (Qt-free core) describes node kinds in English; the GUI shows its
/// labels, descriptions and help texts through this translation, context
/// "catalog". lupdate learns the strings from a file generated from the catalog
/// at build time (app/tools/dumpcatalogstrings), so new node kinds need no
/// hand-kept list.
class CatalogText {
public:
    /// The translation of a catalog text; the English text when there is none.
    static QString translate(const std::string &english);
    /// Every translatable text of the catalog (kind labels and descriptions, port
    /// and parameter labels and help, item fields), without duplicates, in catalog order.
    static std::vector<std::string> strings(const pipeline::Catalog &catalog);
};
