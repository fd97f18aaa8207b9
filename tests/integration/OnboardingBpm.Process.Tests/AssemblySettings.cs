// Each test runs server processes that load both cores; run them one after another so their timings hold.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
