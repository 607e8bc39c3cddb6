#include "pipeline/runtime/testing/recordingoperator.h"

namespace pipeline::runtime {

// The engine's context with every output noted first.
class RecordingOperator::Context : public OperatorContext {
public:
    Context(OperatorContext &inner, const RecordingOperator &op) : m_inner(inner), m_op(op) {}
    void output(int port, Record &&record) override
    {
        if (m_op.m_capture->recordsPort(m_op.m_options.nodeId) && port >= 0
            && size_t(port) < m_op.m_options.outputPorts.size())
            m_op.m_capture->portOutput(m_op.m_options.nodeId, m_op.m_options.outputPorts[size_t(port)], record.value);
        m_inner.output(port, std::move(record));
    }
    void drop(Record &&record) override { m_inner.drop(std::move(record)); }
    void absorb(Record &&record) override { m_inner.absorb(std::move(record)); }
    void reject(Record &&record, const std::string &error) override { m_inner.reject(std::move(record), error); }
    std::int64_t nowMillis() const override { return m_inner.nowMillis(); }
    void failRun(const std::string &message) override { m_inner.failRun(message); }

private:
    OperatorContext &m_inner;
    const RecordingOperator &m_op;
};

RecordingOperator::RecordingOperator(std::unique_ptr<Operator> inner, Options options,
                                     std::shared_ptr<TestCapture> capture)
    : m_inner(std::move(inner)), m_options(std::move(options)), m_capture(std::move(capture))
{
}

void RecordingOperator::process(int input, Record &&record, OperatorContext &context)
{
    if (m_options.recordSinkInput)
        m_capture->sinkReceived(m_options.nodeId, record);
    Context recording(context, *this);
    m_inner->process(input, std::move(record), recording);
}

void RecordingOperator::onTimer(OperatorContext &context)
{
    Context recording(context, *this);
    m_inner->onTimer(recording);
}

void RecordingOperator::flush(OperatorContext &context)
{
    Context recording(context, *this);
    m_inner->flush(recording);
}

void RecordingOperator::poll(OperatorContext &context)
{
    Context recording(context, *this);
    m_inner->poll(recording);
}

bool RecordingOperator::prepare(std::string *error, std::string *notice)
{
    // A test never registers schemas or connects: sinks write to memory.
    if (m_options.isSink)
        return true;
    return m_inner->prepare(error, notice);
}

} // namespace pipeline::runtime
