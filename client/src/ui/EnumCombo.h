// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>
#include <QString>
#include <array>
#include <cstddef>

namespace hss::client {

/// Fills \a combo with the translated \a label of each of \a values, the enum's value as item data.
template <class Enum, std::size_t N>
void fillEnumCombo(QComboBox* combo, const std::array<Enum, N>& values, QString (*label)(Enum))
{
    for (Enum value : values) {
        combo->addItem(label(value), static_cast<int>(value));
    }
}

/// The enum value of \a combo's current item (filled by fillEnumCombo()).
template <class Enum>
Enum enumComboValue(const QComboBox* combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

} // namespace hss::client
