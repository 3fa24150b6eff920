namespace Market.Jobs;

/// <summary>
/// The speed-test job: the paper's cubic nested loops, a fixed amount of work. A machine's speed is
/// <see cref="InstructionCount"/> divided by the seconds it takes to run.
/// </summary>
public static class SpeedTest
{
    /// <summary>The speed-test job's source.</summary>
    public const string Source = """
        # Speed test: cubic nested loops over small integers (fixed work, fixed instruction count).
        def main(n=60):
            total = 0
            for i in range(n):
                for j in range(n):
                    for k in range(n):
                        total = (total + i * j + k) % 1000003
            return total
        """;

    /// <summary>Instructions the speed-test job executes from start to completion (checked by a test).</summary>
    public const long InstructionCount = 2_837_316;

    /// <summary>The result the speed-test job returns.</summary>
    public const long Result = 345418;
}
