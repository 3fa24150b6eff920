namespace Market.Jobs.Tests;

/// <summary>The speed-test job does a fixed amount of work.</summary>
public sealed class SpeedTestTests
{
    [Fact]
    public void SpeedTest_RunToEnd_ExecutesTheKnownInstructionCount()
    {
        var state = JobRunner.RunToEnd(SpeedTest.Source);
        Assert.Equal(JobStatus.Completed, state.Status);
        Assert.Equal(SpeedTest.Result.ToString(System.Globalization.CultureInfo.InvariantCulture), state.ResultRepr);
        Assert.Equal(SpeedTest.InstructionCount, state.Instructions);
    }
}
