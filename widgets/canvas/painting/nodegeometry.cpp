#include "widgets/canvas/painting/nodegeometry.h"

#include "widgets/model/catalogtext.h"

#include "widgets/canvas/painting/nodesummary.h"

#include <QLineF>

#include <algorithm>

void NodeGeometry::update(const pipeline::Node &node, const pipeline::NodeType *type)
{
    m_inputs.clear();
    m_outputs.clear();
    auto toPort = [](const pipeline::PortDescriptor &p) {
        return Port{QString::fromStdString(p.key), p.label.empty() ? QString::fromStdString(p.key) : CatalogText::translate(p.label),
                    p.cardinality == pipeline::Cardinality::Many, p.optional};
    };
    if (type) {
        for (const auto &p : type->inputs)
            m_inputs.push_back(toPort(p));
        for (const auto &p : type->outputPorts(node))
            m_outputs.push_back(toPort(p));
    }
    m_summary = nodeSummary(node, type, MaxSummaryLines);
    const int rows = std::max<int>(1, std::max(m_inputs.size(), m_outputs.size()));
    const qreal height = HeaderHeight + rows * PortSpacing + 6 + m_summary.size() * SummaryLineHeight + Padding / 2;
    m_size = QSizeF(Width, std::max<qreal>(60, height));
}

QRectF NodeGeometry::boundingRect() const
{
    // Port dots straddle the border; the badge sits on the top-right corner.
    return rect().adjusted(-PortRadius - 2, -8, PortRadius + 8, PortRadius + 2);
}

QRectF NodeGeometry::badgeRect() const
{
    return QRectF(m_size.width() - 10, -8, 18, 18);
}

QPointF NodeGeometry::inputPos(int index) const
{
    return QPointF(0, HeaderHeight + PortSpacing / 2 + 3 + index * PortSpacing);
}

QPointF NodeGeometry::outputPos(int index) const
{
    return QPointF(m_size.width(), HeaderHeight + PortSpacing / 2 + 3 + index * PortSpacing);
}

int NodeGeometry::inputIndex(const QString &key) const
{
    for (int i = 0; i < m_inputs.size(); ++i)
        if (m_inputs[i].key == key)
            return i;
    return -1;
}

int NodeGeometry::outputIndex(const QString &key) const
{
    for (int i = 0; i < m_outputs.size(); ++i)
        if (m_outputs[i].key == key)
            return i;
    return -1;
}

std::optional<NodeGeometry::PortHit> NodeGeometry::portAt(const QPointF &local, qreal tolerance) const
{
    for (int i = 0; i < m_inputs.size(); ++i)
        if (QLineF(local, inputPos(i)).length() <= tolerance)
            return PortHit{false, i};
    for (int i = 0; i < m_outputs.size(); ++i)
        if (QLineF(local, outputPos(i)).length() <= tolerance)
            return PortHit{true, i};
    return std::nullopt;
}

qreal NodeGeometry::summaryTop() const
{
    const int rows = std::max<int>(1, std::max(m_inputs.size(), m_outputs.size()));
    return HeaderHeight + rows * PortSpacing + 6;
}
