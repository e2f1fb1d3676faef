#include "mappingguard.h"

#include <QtGlobal>

#include <array>
#include <atomic>
#include <mutex>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace LogSage::MappingGuard {

namespace {

// The table is read by the signal handler, so it is a fixed array of lock-free atomics: no locks,
// no allocation. Each slot is a seqlock: a writer makes `sequence` odd, changes the slot and makes
// it even again; the handler trusts what it read only when `sequence` was even and unchanged, so
// it never pairs the start of one mapping with the length of another. Writers are serialized.
constexpr std::size_t SlotCount = 256;
static_assert(std::atomic<std::uint64_t>::is_always_lock_free && std::atomic<std::uintptr_t>::is_always_lock_free);

struct Slot {
    std::atomic<std::uint64_t> sequence{0};
    std::atomic<std::uintptr_t> start{0};
    std::atomic<std::size_t> length{0};
    std::atomic<std::uint64_t> faults{0};
};

std::array<Slot, SlotCount> slots;
std::atomic<std::uint64_t> totalFaults{0};
std::mutex writers;

#ifdef Q_OS_UNIX
struct sigaction previous;
std::uintptr_t pageSize = 4096; // read once in install(): sysconf is not async-signal-safe

// The slot holding `address`, or null.
Slot *slotFor(std::uintptr_t address)
{
    for (Slot &slot : slots) {
        const std::uint64_t before = slot.sequence.load(std::memory_order_acquire);
        if (before & 1)
            continue; // being changed: it is a mapping being added or removed, not one being read
        const std::uintptr_t start = slot.start.load(std::memory_order_acquire);
        const std::size_t length = slot.length.load(std::memory_order_acquire);
        if (slot.sequence.load(std::memory_order_acquire) != before)
            continue;
        if (start != 0 && address >= start && address - start < length)
            return &slot;
    }
    return nullptr;
}

void onSigbus(int signal, siginfo_t *info, void *context)
{
    const int savedErrno = errno;
    const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
    if (Slot *slot = info->si_code == BUS_ADRERR ? slotFor(address) : nullptr) {
        // Zeros from the lost page to the end of the mapping in one call: a file cut from 1 GB to
        // nothing costs one signal, not one per page. mmap is a plain system call on Linux, safe
        // here in practice though POSIX does not list it.
        const std::uintptr_t from = address & ~(pageSize - 1);
        const std::uintptr_t end = slot->start.load(std::memory_order_relaxed) + slot->length.load(std::memory_order_relaxed);
        if (end > from
            && ::mmap(reinterpret_cast<void *>(from), end - from, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
                != MAP_FAILED) {
            slot->faults.fetch_add(1, std::memory_order_relaxed);
            totalFaults.fetch_add(1, std::memory_order_relaxed);
            errno = savedErrno;
            return; // the faulting read is retried and finds zeros
        }
    }
    errno = savedErrno;
    // Not ours: behave as if this handler were not there.
    if ((previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction) {
        previous.sa_sigaction(signal, info, context);
        return;
    }
    if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN && previous.sa_handler != nullptr) {
        previous.sa_handler(signal);
        return;
    }
    ::signal(SIGBUS, SIG_DFL); // returning re-runs the read, which now ends the program as usual
}
#endif

void write(Slot &slot, std::uintptr_t start, std::size_t length)
{
    slot.sequence.fetch_add(1, std::memory_order_acq_rel); // odd: changing
    slot.start.store(start, std::memory_order_release);
    slot.length.store(length, std::memory_order_release);
    slot.faults.store(0, std::memory_order_release);
    slot.sequence.fetch_add(1, std::memory_order_acq_rel); // even: settled
}

} // namespace

void install()
{
#ifdef Q_OS_UNIX
    static std::once_flag once;
    std::call_once(once, [] {
        pageSize = std::uintptr_t(::sysconf(_SC_PAGESIZE));
        struct sigaction action = {};
        action.sa_sigaction = onSigbus;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &previous);
    });
#endif
}

bool add(const void *address, std::size_t length)
{
#ifdef Q_OS_UNIX
    install();
    const std::lock_guard lock(writers);
    for (Slot &slot : slots) {
        if (slot.start.load(std::memory_order_relaxed) == 0) {
            write(slot, reinterpret_cast<std::uintptr_t>(address), length);
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
    const std::lock_guard lock(writers);
    for (Slot &slot : slots) {
        if (slot.start.load(std::memory_order_relaxed) == start) {
            write(slot, 0, 0);
            return;
        }
    }
}

std::uint64_t faults(const void *address)
{
    const auto start = reinterpret_cast<std::uintptr_t>(address);
    for (const Slot &slot : slots) {
        if (start != 0 && slot.start.load(std::memory_order_acquire) == start)
            return slot.faults.load(std::memory_order_relaxed);
    }
    return 0;
}

std::uint64_t faultCount()
{
    return totalFaults.load(std::memory_order_relaxed);
}

} // namespace LogSage::MappingGuard
