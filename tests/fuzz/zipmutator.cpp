#include "tests/fuzz/zipmutator.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <utility>
#include <vector>
#include <zip.h>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);

namespace {

struct Part {
    std::string name;
    std::string bytes;
};

// The archive's parts, or false when `data` is no zip libzip can read (or
// holds more than a seed should).
bool unpack(const std::uint8_t *data, std::size_t size, std::vector<Part> *parts) {
    constexpr zip_uint64_t maxPartBytes = 4 * 1024 * 1024;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(data, size, 0, &error);
    if (!source)
        return false;
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive) {
        zip_source_free(source);
        return false;
    }
    bool ok = true;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; ok && i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_SIZE) || stat.size > maxPartBytes) {
            ok = false;
            break;
        }
        Part part{stat.name ? stat.name : "", std::string(stat.size, '\0')};
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        ok = file && zip_fread(file, part.bytes.data(), stat.size) == zip_int64_t(stat.size);
        if (file)
            zip_fclose(file);
        parts->push_back(std::move(part));
    }
    zip_discard(archive); // frees the source too
    return ok && !parts->empty();
}

// The parts as a new archive, every part stored; 0 when it does not fit.
std::size_t pack(const std::vector<Part> &parts, std::uint8_t *out, std::size_t maxSize) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return 0;
    zip_source_keep(buffer); // read back after zip_close
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        zip_source_free(buffer);
        return 0;
    }
    for (const Part &part : parts) {
        zip_source_t *data = zip_source_buffer(archive, part.bytes.data(), part.bytes.size(), 0);
        const zip_int64_t index = data ? zip_file_add(archive, part.name.c_str(), data,
                                                      ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                       : -1;
        if (index < 0) {
            zip_source_free(data);
            continue;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    std::size_t size = 0;
    if (zip_close(archive) != 0) {
        zip_discard(archive);
    } else if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t total = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (total > 0 && std::size_t(total) <= maxSize &&
            zip_source_read(buffer, out, zip_uint64_t(total)) == total)
            size = std::size_t(total);
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return size;
}

} // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size,
                                               std::size_t maxSize, unsigned int seed) {
    std::minstd_rand random(seed);
    std::vector<Part> parts;
    // One time in four, or when the input is no longer a readable zip: the
    // archive's own bytes.
    if (random() % 4 == 0 || !unpack(data, size, &parts))
        return LLVMFuzzerMutate(data, size, maxSize);

    Part &part = parts[random() % parts.size()];
    const std::size_t capacity = part.bytes.size() * 2 + 64;
    std::string mutated = part.bytes;
    mutated.resize(capacity);
    const std::size_t mutatedSize = LLVMFuzzerMutate(
        reinterpret_cast<std::uint8_t *>(mutated.data()), part.bytes.size(), capacity);
    mutated.resize(mutatedSize);
    part.bytes = std::move(mutated);

    const std::size_t packed = pack(parts, data, maxSize);
    return packed > 0 ? packed : LLVMFuzzerMutate(data, size, maxSize);
}
