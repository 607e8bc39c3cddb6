#pragma once

namespace testsupport {

/// A TCP port on 127.0.0.1 that nothing listens on right now (0 when none could
/// be found), for servers a test starts (PostgreSQL, MariaDB).
int freeLoopbackPort();

} // namespace testsupport
