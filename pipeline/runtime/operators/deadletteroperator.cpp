#include "pipeline/runtime/operators/deadletteroperator.h"

namespace pipeline::runtime {

void DeadLetterOperator::process(int, Record &&record, OperatorContext &)
{
    const std::string error = record.note.empty() ? std::string("routed to dead-letter") : record.note;
    const std::string node = record.noteNode;
    m_output.deadLetter(m_topic, std::move(record), error, node);
}

} // namespace pipeline::runtime
