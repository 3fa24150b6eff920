# Corpus: realistic job: Towers of Hanoi, recursive move lists and iterative state simulation
# Features: recursion, list of moves, pegs as lists in a dict, assert invariants, 2**n - 1
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

def main():
    moves = []
    hanoi(3, "A", "C", "B", moves)
    print(len(moves), moves)
    n = 10
    moves = []
    hanoi(n, "A", "C", "B", moves)
    print(len(moves), len(moves) == 2 ** n - 1)
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    for src, dst in moves:
        disk = pegs[src].pop()
        assert not pegs[dst] or pegs[dst][-1] > disk
        pegs[dst].append(disk)
    print(pegs)
    counts = {}
    for src, dst in moves:
        counts[src + dst] = counts.get(src + dst, 0) + 1
    print(sorted(counts.items()))
    return moves[:5]
