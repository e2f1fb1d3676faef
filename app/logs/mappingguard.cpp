#include "mappingguard.h"

#include <QtGlobal>

#include <array>
#include <atomic>
#include <mutex>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace LogSage::MappingGuard {

namespace {

// The table is read by the signal handler, so it is a fixed array of atomics: no locks, no
// allocation. A slot is taken by writing its length last and freed by clearing its start first.
constexpr std::size_t SlotCount = 256;

struct Slot {
    std::atomic<std::uintptr_t> start{0};
    std::atomic<std::size_t> length{0};
};

std::array<Slot, SlotCount> slots;
std::atomic<std::uint64_t> faults{0};

#ifdef Q_OS_UNIX
struct sigaction previous;

bool guarded(std::uintptr_t address)
{
    for (const Slot &slot : slots) {
        const std::uintptr_t start = slot.start.load(std::memory_order_acquire);
        if (start != 0 && address >= start && address - start < slot.length.load(std::memory_order_acquire))
            return true;
    }
    return false;
}

void onSigbus(int signal, siginfo_t *info, void *context)
{
    const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
    if (info->si_code == BUS_ADRERR && guarded(address)) {
        // mmap is a plain system call on Linux, safe here in practice though POSIX does not list it.
        const auto page = std::uintptr_t(::sysconf(_SC_PAGESIZE));
        void *at = reinterpret_cast<void *>(address & ~(page - 1));
        if (::mmap(at, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
            faults.fetch_add(1, std::memory_order_relaxed);
            return; // the faulting read is retried and finds zeros
        }
    }
    // Not ours: behave as if this handler were not there.
    if (previous.sa_flags & SA_SIGINFO && previous.sa_sigaction) {
        previous.sa_sigaction(signal, info, context);
        return;
    }
    if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN && previous.sa_handler != nullptr) {
        previous.sa_handler(signal);
        return;
    }
    ::signal(SIGBUS, SIG_DFL); // returning re-runs the read, which now ends the program as usual
}

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction action = {};
        action.sa_sigaction = onSigbus;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &previous);
    });
}
#endif

} // namespace

bool add(const void *address, std::size_t length)
{
#ifdef Q_OS_UNIX
    install();
    const auto start = reinterpret_cast<std::uintptr_t>(address);
    for (Slot &slot : slots) {
        std::uintptr_t empty = 0;
        if (slot.start.load(std::memory_order_relaxed) == 0 && slot.length.load(std::memory_order_relaxed) == 0
            && slot.start.compare_exchange_strong(empty, start, std::memory_order_acq_rel)) {
            slot.length.store(length, std::memory_order_release);
            return true;
        }
    }
#else
    Q_UNUSED(address);
    Q_UNUSED(length);
#endif
    return false;
}

void remove(const void *address)
{
    const auto start = reinterpret_cast<std::uintptr_t>(address);
    for (Slot &slot : slots) {
        if (slot.start.load(std::memory_order_acquire) == start) {
            slot.start.store(0, std::memory_order_release);
            slot.length.store(0, std::memory_order_release);
            return;
        }
    }
}

std::uint64_t faultCount()
{
    return faults.load(std::memory_order_relaxed);
}

} // namespace LogSage::MappingGuard
