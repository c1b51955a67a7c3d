// SPDX-License-Identifier: MIT
#include "hss/sentiment/LabelledText.h"

namespace hss::sentiment {

namespace {

Error lineError(std::size_t line, std::string message)
{
    return Error {ErrorCode::InvalidArgument, "line " + std::to_string(line), std::move(message)};
}

} // namespace

Result<std::vector<LabelledText>> labelledTextsFromTsv(std::string_view tsv)
{
    std::vector<LabelledText> texts;
    std::size_t lineNumber = 0;
    while (!tsv.empty()) {
        const std::size_t end = tsv.find('\n');
        std::string_view line = tsv.substr(0, end);
        tsv = end == std::string_view::npos ? std::string_view() : tsv.substr(end + 1);
        ++lineNumber;
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) {
            return lineError(lineNumber, "expected label<TAB>text");
        }
        auto label = sentimentLabelFromString(line.substr(0, tab), "label");
        if (!label) {
            return lineError(lineNumber, label.error().message);
        }
        const std::string_view text = line.substr(tab + 1);
        if (text.empty()) {
            return lineError(lineNumber, "the text is empty");
        }
        const LabelledPart part = (texts.size() + 1) % heldOutEvery == 0 ? LabelledPart::HeldOut : LabelledPart::Tuning;
        texts.push_back({label.value(), std::string(text), part, lineNumber});
    }
    return texts;
}

} // namespace hss::sentiment
