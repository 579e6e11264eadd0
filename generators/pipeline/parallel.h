#pragma once
// Runs body(i) for i in [0, count) on up to `jobs` threads. Work is handed out one
// index at a time; the first exception stops further work and is rethrown.

#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace partgen {

template <class Body>
void parallelFor(std::size_t count, unsigned jobs, Body&& body) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex errorMutex;
    const auto worker = [&] {
        for (std::size_t i = next++; i < count && !failed; i = next++) {
            try {
                body(i);
            } catch (...) {
                std::lock_guard lock(errorMutex);
                if (!error) error = std::current_exception();
                failed = true;
            }
        }
    };
    const unsigned threads = jobs < 1 ? 1 : (count < jobs ? static_cast<unsigned>(count) : jobs);
    if (threads <= 1) {
        worker();
    } else {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
        for (auto& thread : pool) thread.join();
    }
    if (error) std::rethrow_exception(error);
}

}  // namespace partgen
