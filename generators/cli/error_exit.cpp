#include "cli/error_exit.h"

#include <boost/program_options/errors.hpp>
#include <new>
#include <ostream>
#include <system_error>

#include "cli/commands.h"

namespace partgen::cli {

// A switch rather than an array, so that the compiler (-Wswitch) names a category
// without a row.
ErrorExit errorExit(ErrorCategory category) {
    switch (category) {
        case ErrorCategory::usage:
            return {exitUsage, "", "", true};
        case ErrorCategory::invalidSpec:
            return {exitInvalid, "", "", true};
        case ErrorCategory::outputBusy:
        case ErrorCategory::outputRefused:
            return {exitIo, "nothing was changed: ", "", true};
        case ErrorCategory::io:
            return {exitIo, "I/O error, the output folder is unchanged: ", "", true};
        case ErrorCategory::interruptedCommit:
            return {exitIo, "I/O error while files were being replaced: ",
                    "\nthe output folder holds old and new files; the next generate finishes the update", true};
        case ErrorCategory::internal:
            return {exitInternal, "internal error, please report it; the output folder is unchanged: ", "", true};
        case ErrorCategory::outOfMemory:
            return {exitIo, "out of memory; the output folder is unchanged", "", false};
    }
    return errorExit(ErrorCategory::internal);  // a value outside the enum
}

CaughtError classify(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const Error& e) {
        return {e.category(), e.what()};
    } catch (const boost::program_options::error& e) {  // a mistake on the command line
        return {ErrorCategory::usage, e.what()};
    } catch (const std::system_error& e) {  // the system refused: std::filesystem's errors and the like
        return {ErrorCategory::io, e.what()};
    } catch (const std::bad_alloc&) {
        return {ErrorCategory::outOfMemory, ""};
    } catch (const std::exception& e) {  // std::logic_error and anything else partgen did not foresee
        return {ErrorCategory::internal, e.what()};
    } catch (...) {
        return {ErrorCategory::internal, "an exception of unknown type"};
    }
}

int reportError(const std::exception_ptr& error, std::ostream& err) {
    const CaughtError caught = classify(error);
    const ErrorExit exit = errorExit(caught.category);
    err << "partgen: " << exit.before << (exit.withMessage ? caught.message : "") << exit.after << "\n";
    return exit.code;
}

}  // namespace partgen::cli
