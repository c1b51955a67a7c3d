// SPDX-License-Identifier: MIT
#include "hss/StdRandomSource.h"

#include <array>

namespace hss {

namespace {

std::mt19937_64 seededFromDevice()
{
    std::random_device device;
    std::array<std::random_device::result_type, 8> material {};
    for (auto& word : material) {
        word = device();
    }
    std::seed_seq seed(material.begin(), material.end());
    return std::mt19937_64(seed);
}

} // namespace

StdRandomSource::StdRandomSource()
    : m_engine(seededFromDevice())
{ }

StdRandomSource::StdRandomSource(std::uint64_t seed)
    : m_engine(seed)
{ }

std::uint64_t StdRandomSource::nextU64()
{
    return m_engine();
}

} // namespace hss
