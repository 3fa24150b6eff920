# Corpus: sorting dict records by several keys with mixed directions and stable passes
# Features: sorted with tuple keys, negation, reverse=True, stable multi-pass sort, dict access in key
def main():
    people = [
        {"name": "Zoe", "dept": "eng", "age": 31, "salary": 120},
        {"name": "adam", "dept": "ops", "age": 45, "salary": 95},
        {"name": "Bea", "dept": "eng", "age": 27, "salary": 120},
        {"name": "carl", "dept": "hr", "age": 31, "salary": 70},
        {"name": "Dana", "dept": "ops", "age": 38, "salary": 105},
        {"name": "eve", "dept": "eng", "age": 45, "salary": 150},
    ]
    s1 = sorted(people, key=lambda p: (p["dept"], -p["salary"], p["name"].lower()))
    print([p["name"] for p in s1])
    s2 = sorted(people, key=lambda p: p["name"])
    print([p["name"] for p in s2])
    s3 = sorted(people, key=lambda p: p["name"].lower())
    print([p["name"] for p in s3])
    s4 = sorted(sorted(people, key=lambda p: p["name"].lower()), key=lambda p: p["age"], reverse=True)
    print([(p["age"], p["name"]) for p in s4])
    by_dept = {}
    for p in people:
        by_dept.setdefault(p["dept"], []).append(p)
    for dept in sorted(by_dept, key=lambda d: -len(by_dept[d])):
        print(dept, [p["name"] for p in sorted(by_dept[dept], key=lambda p: p["age"])])
    return [p["name"] for p in sorted(people, key=lambda p: p["salary"], reverse=True)]
