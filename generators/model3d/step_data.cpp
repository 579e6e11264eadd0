#include "model3d/step_data.h"

#include <cmath>
#include <stdexcept>

#include "model/decimal.h"

namespace partgen {
namespace {

Vector3 unit(Vector3 v) {
    const double length = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
    if (length == 0) throw std::logic_error("a STEP direction of zero length");
    return {v.x / length, v.y / length, v.z / length};
}

}  // namespace

void appendRef(std::string& out, int id) {
    out += '#';
    appendInteger(out, id);
}

int StepData::begin() {
    line_.ref(next_);
    line_.put('=');
    return next_++;
}

int StepData::add(const std::string& entity) {
    const auto [it, added] = known_.emplace(entity, next_);
    if (!added) return it->second;
    const int id = begin();
    line_.put(entity);
    end();
    return id;
}

int StepData::point(const Point3& p) {
    if (const int found = points_.find(p)) return found;
    const int id = begin();
    line_.put("CARTESIAN_POINT('',(");
    line_.length(p.x);
    line_.put(',');
    line_.length(p.y);
    line_.put(',');
    line_.length(p.z);
    line_.put("))");
    end();
    points_.add(p, id);
    return id;
}

int StepData::direction(const Vector3& v) {
    const Vector3 u = unit(v);
    const Steps3 key{stepRealSteps(u.x), stepRealSteps(u.y), stepRealSteps(u.z)};
    if (const int found = directions_.find(key)) return found;
    const int id = begin();
    line_.put("DIRECTION('',(");
    line_.realSteps(key[0]);
    line_.put(',');
    line_.realSteps(key[1]);
    line_.put(',');
    line_.realSteps(key[2]);
    line_.put("))");
    end();
    directions_.add(key, id);
    return id;
}

int StepData::vector(const Point3& a, const Point3& b) {
    const Steps3 difference{(b.x - a.x).steps(), (b.y - a.y).steps(), (b.z - a.z).steps()};
    if (const int found = vectors_.find(difference)) return found;
    const Vector3 v{(b.x - a.x).units(), (b.y - a.y).units(), (b.z - a.z).units()};
    const int along = direction(v);
    const int id = begin();
    line_.put("VECTOR('',");
    line_.ref(along);
    line_.put(',');
    line_.real(std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z));
    line_.put(')');
    end();
    vectors_.add(difference, id);
    return id;
}

}  // namespace partgen
