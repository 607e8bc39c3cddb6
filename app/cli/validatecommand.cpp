#include <cstdio>
#include <string>
#include <vector>

// Replaced by the real implementation (serialization + validation).
int runValidateCommand(const std::vector<std::string> &args)
{
    return args.empty() ? 2 : 0;
}
