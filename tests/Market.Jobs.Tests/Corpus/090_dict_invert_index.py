# Corpus: building an inverted index from documents
# Features: nested loops, dict of lists, set-like dedup via dict, sorted, enumerate
DOCS = ["the cat sat", "the dog sat down", "a cat and a dog", "down the road"]

def main():
    index = {}
    for doc_id, doc in enumerate(DOCS):
        for word in doc.split():
            postings = index.setdefault(word, [])
            if doc_id not in postings:
                postings.append(doc_id)
    for word in sorted(index):
        print(f"{word:<6} {index[word]}")
    def search(a, b):
        return [d for d in index.get(a, []) if d in index.get(b, [])]
    print(search("cat", "sat"), search("dog", "down"), search("the", "road"), search("x", "the"))
    return index["the"]
