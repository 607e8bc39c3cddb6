#include "deployment/deploymenttag.h"

#include <cctype>

namespace deployment {

std::string pipelineTag(const std::string &pipeline)
{
    std::string tag;
    for (unsigned char c : pipeline)
        tag += std::isalnum(c) ? char(std::tolower(c)) : '_';
    return tag.empty() ? std::string("pipeline") : tag;
}

} // namespace deployment
