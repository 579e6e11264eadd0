// The table of error categories: each category's exit code and words, and the category
// of exceptions that are not partgen's own.

#include "cli/error_exit.h"

#include <boost/program_options/errors.hpp>
#include <filesystem>
#include <new>
#include <sstream>

#include "cli/commands.h"
#include "support/catch.h"

using namespace partgen;
using cli::reportError;

namespace {

struct Reported {
    int code;
    std::string text;
};

template <class Exception>
Reported reported(const Exception& e) {
    std::ostringstream err;
    const int code = reportError(std::make_exception_ptr(e), err);
    return {code, err.str()};
}

Reported reported(ErrorCategory category) { return reported(Error(category, "what happened")); }

}  // namespace

TEST_CASE("each error category has its exit code and its words", "[cli][error]") {
    struct Row {
        ErrorCategory category;
        int code;
        const char* text;
    };
    const Row rows[] = {
        {ErrorCategory::usage, 2, "partgen: what happened\n"},
        {ErrorCategory::invalidSpec, 1, "partgen: what happened\n"},
        {ErrorCategory::outputBusy, 3, "partgen: nothing was changed: what happened\n"},
        {ErrorCategory::outputRefused, 3, "partgen: nothing was changed: what happened\n"},
        {ErrorCategory::io, 3, "partgen: I/O error, the output folder is unchanged: what happened\n"},
        {ErrorCategory::interruptedCommit, 3,
         "partgen: I/O error while files were being replaced: what happened\n"
         "the output folder holds old and new files; the next generate finishes the update\n"},
        {ErrorCategory::internal, 4,
         "partgen: internal error, please report it; the output folder is unchanged: what happened\n"},
        {ErrorCategory::outOfMemory, 3, "partgen: out of memory; the output folder is unchanged\n"},
    };
    for (const auto& row : rows) {
        INFO("category " << static_cast<int>(row.category));
        const auto r = reported(row.category);
        CHECK(r.code == row.code);
        CHECK(r.text == row.text);
    }
}

TEST_CASE("exceptions that are not partgen's own are told apart by what they mean", "[cli][error]") {
    CHECK(reported(boost::program_options::error("--frob: no such option")).text ==
          "partgen: --frob: no such option\n");
    CHECK(reported(boost::program_options::error("x")).code == exitUsage);

    const std::filesystem::filesystem_error system("cannot rename", "a/b",
                                                   std::make_error_code(std::errc::no_space_on_device));
    CHECK(reported(system).code == exitIo);
    CHECK(reported(system).text.find("partgen: I/O error, the output folder is unchanged: ") == 0);
    CHECK(reported(system).text.find("cannot rename") != std::string::npos);

    CHECK(reported(std::bad_alloc()).code == exitIo);
    CHECK(reported(std::bad_alloc()).text == "partgen: out of memory; the output folder is unchanged\n");
}

TEST_CASE("whatever else escapes a command is an internal error", "[cli][error]") {
    // std::invalid_argument and std::runtime_error once meant usage and I/O errors; a
    // category now has to be said with partgen's Error.
    for (const auto& r : {reported(std::logic_error("a variant without family")),
                          reported(std::invalid_argument("a variant without family")),
                          reported(std::runtime_error("a variant without family"))}) {
        CHECK(r.code == exitInternal);
        CHECK(r.text ==
              "partgen: internal error, please report it; the output folder is unchanged: a variant without family\n");
    }
    const auto unknown = reported(42);
    CHECK(unknown.code == exitInternal);
    CHECK(unknown.text ==
          "partgen: internal error, please report it; the output folder is unchanged: an exception of unknown type\n");
}

TEST_CASE("a value outside the categories is reported as internal", "[cli][error]") {
    CHECK(cli::errorExit(static_cast<ErrorCategory>(99)).code == exitInternal);
}
