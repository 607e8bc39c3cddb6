#include "pipeline/runtime/testing/capturesinkoperator.h"

namespace pipeline::runtime {

void CaptureSinkOperator::process(int, Record &&record, OperatorContext &)
{
    m_capture->sinkReceived(m_nodeId, record, m_target);
    if (record.origin)
        record.origin->mark(Fate::Output);
}

} // namespace pipeline::runtime
