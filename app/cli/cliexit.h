#pragma once

/// Exit status of every pipewright-cli command, in one place so the commands
/// agree (README "Command line" has the table; tests/cli/tst_cli.cpp checks it).
enum CliExit : int {
    ExitOk = 0,
    /// Problems found: errors in a file, a dialect that cannot express the
    /// pipeline, a pipeline that cannot run, a failed LLM endpoint.
    ExitProblems = 1,
    ExitCannotRun = ExitProblems, // run: file, validation or compile errors; nothing ran
    ExitNotValid = ExitProblems,  // generate: no valid pipeline, endpoint failed, file unreadable
    /// Bad command line: unknown option or command, missing or malformed value.
    ExitUsage = 2,
    ExitFailed = 3,     // run: the run failed (onError: stop, refused delivery, fatal Kafka error);
                        // deploy/undeploy/deployments: the engine failed, refused or cannot be reached
    ExitUnbalanced = 4, // run: stopped, but some messages were not acknowledged in time
    ExitInterrupted = 130, // run: a second Ctrl+C left at once (offsets uncommitted)
};
