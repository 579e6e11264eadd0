#pragma once
// The DATA section of a STEP file being written: entities numbered in the order they are
// written, appended straight into one buffer. Points, directions and the product's
// fixed entities are written once and shared; edges, loops and faces are written as new.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "geometry/solid.h"
#include "model3d/id_table.h"
#include "model3d/step_line.h"

namespace partgen {

// Hashing three exact integers (a point's steps, a difference, a direction's digits):
// the writer looks up every corner of every loop.
inline std::uint64_t hashSteps(std::int64_t a, std::int64_t b, std::int64_t c) {
    const auto mix = [](std::uint64_t h, std::int64_t v) {
        return (h ^ static_cast<std::uint64_t>(v)) * 0x100000001b3ULL + (h >> 29);
    };
    return mix(mix(mix(0xcbf29ce484222325ULL, a), b), c);
}

struct Point3Hash {
    std::uint64_t operator()(const Point3& p) const { return hashSteps(p.x.steps(), p.y.steps(), p.z.steps()); }
};

using Steps3 = std::array<std::int64_t, 3>;
struct Steps3Hash {
    std::uint64_t operator()(const Steps3& s) const { return hashSteps(s[0], s[1], s[2]); }
};

class StepData {
public:
    // The file's text starts with `prefix` (its header); most models' text fits the
    // reserve, so the buffer is seldom copied as it grows.
    explicit StepData(const std::string& prefix) {
        out_.reserve(1 << 17);
        out_ = prefix;
    }
    StepData(const StepData&) = delete;
    StepData& operator=(const StepData&) = delete;

    // An entity given as whole text, shared when the same text comes again.
    int add(const std::string& entity);
    int point(const Point3& p);       // CARTESIAN_POINT, one per position
    int direction(const Vector3& v);  // DIRECTION of v's unit vector, one per distinct text
    // VECTOR from `a` to `b`: direction and length; one per distinct difference, since
    // the openings of a connector repeat the same edges many times over.
    int vector(const Point3& a, const Point3& b);

    // Starts "#N=" for a new entity and returns N; the caller writes the rest to line()
    // and calls end().
    int begin();
    StepLine& line() { return line_; }
    void end() { line_.put(";\n"); }

    // The whole text, ending with `suffix`; the data is moved out, not copied.
    std::string finish(std::string_view suffix) {
        line_.put(suffix);
        line_.flush();
        return std::move(out_);
    }

private:
    std::string out_;
    StepLine line_{out_};
    std::unordered_map<std::string, int> known_;
    IdTable<Point3, Point3Hash> points_{1024};
    IdTable<Steps3, Steps3Hash> directions_{32};  // by the components' written steps
    IdTable<Steps3, Steps3Hash> vectors_{64};     // by the exact difference b - a
    int next_ = 1;
};

void appendRef(std::string& out, int id);

// One new entity written piece by piece: Entity(d, "LINE(''").ref(p).ref(v).end(")") writes
// "#N=LINE('',#p,#v);". It starts writing when constructed, so every entity it refers to
// must be written before: never call point(), direction() or another Entity in its arguments.
class Entity {
public:
    Entity(StepData& data, std::string_view head) : d_(data), id_(data.begin()) { d_.line().put(head); }
    Entity& text(std::string_view t) {
        d_.line().put(t);
        return *this;
    }
    Entity& ref(int id) {
        d_.line().put(',');
        d_.line().ref(id);
        return *this;
    }
    Entity& refs(const std::vector<int>& ids) {
        StepLine& line = d_.line();
        line.put(",(");
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (i) line.put(',');
            line.ref(ids[i]);
        }
        line.put(')');
        return *this;
    }
    int end(std::string_view tail) {
        d_.line().put(tail);
        d_.end();
        return id_;
    }

private:
    StepData& d_;
    int id_;
};

}  // namespace partgen
