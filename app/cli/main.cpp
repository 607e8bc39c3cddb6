#include <cstdio>

// Placeholder entry point; replaced by the CLI (validate/run/export/...).
int main()
{
    std::puts("pipewright-cli");
    return 0;
}
