#pragma once

#include "pipeline/core/nodetype.h"

#include <QColor>
#include <QIcon>
#include <QString>

/// Category colours, kind icons and translated category names. Icons come from
/// the application's resources (:/icons/<name>.svg) and are cached per name.
class NodeStyle {
public:
    static QColor categoryColor(pipeline::Category category);
    static QColor unknownKindColor();
    static QString categoryTitle(pipeline::Category category);
    /// The kind's icon, or its category's icon, or a null icon without resources.
    static QIcon icon(const pipeline::NodeType *type);
    static QIcon categoryIcon(pipeline::Category category);
    /// The kind's icon drawn in its category colour (for lists on light or dark
    /// backgrounds; the plain icons are white for the coloured node headers).
    static QIcon tintedIcon(const pipeline::NodeType *type);
};
