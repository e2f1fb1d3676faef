#pragma once

#include <cstddef>
#include <cstdint>

namespace LogSage {

/// Keeps a memory-mapped log file from crashing the application when another process truncates
/// the file while it is mapped. Reading a mapped page past the new end of a file raises SIGBUS;
/// for an address inside a registered mapping, the handler puts a page of zeros in its place and
/// lets the read go on, so the reader sees NUL bytes until the document notices the change and
/// reads the file again. Addresses outside every registered mapping keep the default SIGBUS.
namespace MappingGuard {

/// Registers [address, address + length) (installs the handler on first use). False when the
/// table of guarded mappings is full: the mapping then works, unguarded.
bool add(const void *address, std::size_t length);
/// Unregisters a mapping before it is unmapped.
void remove(const void *address);
/// How many pages of guarded mappings were replaced by zeros since the program started.
std::uint64_t faultCount();

} // namespace MappingGuard

} // namespace LogSage
