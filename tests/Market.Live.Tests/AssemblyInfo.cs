// The tests here start dispatchers, workers, SMTP servers and a browser as real processes on free
// loopback ports: run one test class at a time, so they do not fight for the two cores or for a
// port picked as free by another class at the same moment.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
