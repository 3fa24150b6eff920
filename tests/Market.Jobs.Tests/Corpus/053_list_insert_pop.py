# Corpus: list.insert and list.pop at various positions including negatives
# Features: list.insert, list.pop, pop(), pop(0), pop(-2), insert beyond bounds
def main():
    a = [1, 2, 3]
    a.insert(0, "first")
    a.insert(2, "mid")
    a.insert(100, "end")
    a.insert(-1, "before-end")
    a.insert(-100, "start")
    print(a)
    print(a.pop(), a)
    print(a.pop(0), a)
    print(a.pop(-2), a)
    print(a.pop(1), a)
    queue = []
    for i in range(5):
        queue.append(i)
    order = []
    while queue:
        order.append(queue.pop(0))
        if len(order) == 2:
            queue.append(99)
    print(order)
    stack = [1, 2, 3]
    popped = [stack.pop() for _ in range(3)]
    print(popped, stack)
    return a
