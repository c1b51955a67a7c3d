# SPDX-License-Identifier: MIT
# Embeds the learned triage model (issue 6), a text file written by hss-train-triage, as a byte array in a generated
# C++ source (a byte array, because compilers limit the length of string literals).
# Usage: cmake -DINPUT=LearnedTriageModel.tsv -DOUTPUT=LearnedTriageModel.cpp -P EmbedTriageModel.cmake
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x.....0x.....0x.....0x.....0x.....0x.....0x.....0x.....0x.....0x.....0x.....0x.....)" "\\1\n"
       bytes "${bytes}")
file(WRITE "${OUTPUT}.new"
     "// Generated at build time by cmake/EmbedTriageModel.cmake from shared/src/triage/LearnedTriageModel.tsv.\n"
     "#include \"hss/triage/TriageScorer.h\"\n\n"
     "namespace hss::triage::detail {\n\n"
     "std::string_view learnedTriageModelText()\n{\n"
     "    static constexpr unsigned char bytes[] = {\n${bytes}0};\n"
     "    return {reinterpret_cast<const char*>(bytes), sizeof bytes - 1};\n}\n\n"
     "} // namespace hss::triage::detail\n")
# Only a changed model touches the output, so an unchanged one does not rebuild the library.
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
