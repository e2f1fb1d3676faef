#pragma once

#include <cstddef>
#include <cstdint>

namespace LogSage {

/// Keeps a memory-mapped log file from crashing the application when another process truncates
/// the file while it is mapped (or a disk or network file system fails to deliver a page).
/// Reading such a page raises SIGBUS; for an address inside a registered mapping, the handler
/// puts zeros in place of the rest of the mapping and lets the read go on, so the reader sees NUL
/// bytes until the document notices (faults()) and reads the file again. Addresses outside every
/// registered mapping get whatever SIGBUS handler was there before, or the default.
namespace MappingGuard {

/// Installs the handler (once; add() does it too).
void install();
/// Registers [address, address + length). False when the table of guarded mappings is full:
/// the mapping then works, unguarded.
bool add(const void *address, std::size_t length);
/// Unregisters a mapping before it is unmapped.
void remove(const void *address);
/// How many times reads in the mapping at `address` found lost pages (0 when not registered).
std::uint64_t faults(const void *address);
/// How many lost pages were replaced by zeros in all mappings since the program started.
std::uint64_t faultCount();

} // namespace MappingGuard

} // namespace LogSage
