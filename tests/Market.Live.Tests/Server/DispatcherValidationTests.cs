using Grpc.Core;
using Grpc.Net.Client;
using Market.Jobs;
using Market.Live.Protocol;
using Market.Live.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Tests.Server;

/// <summary>Every bad input to the dispatcher gets a clear status and message and changes nothing
/// (the command log does not grow).</summary>
public sealed class DispatcherValidationTests : IAsyncLifetime
{
    private const string Program = """
        def main(n=3):
            print("n is", n)
            return n * 2
        """;

    private static readonly string Expected = SpeedTest.Result.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private readonly string dir = Directory.CreateTempSubdirectory("market-live-validate").FullName;
    private WebApplication app = null!;
    private GrpcChannel channel = null!;
    private MarketService.MarketServiceClient svc = null!;
    private DatabaseOptions database = null!;
    private Metadata alice = null!;
    private Metadata bob = null!;

    public async Task InitializeAsync()
    {
        int port = Ports.Free();
        database = new DatabaseOptions { Path = Path.Combine(dir, "v.db") };
        app = DispatcherHost.Build(
        [
            $"--Dispatcher:GrpcPort={port}", "--Dispatcher:WebPort=0", $"--Database:Path={database.Path}",
            "--Dispatcher:MaxStateBytes=4096", "--Market:Window=00:00:00.02", "--Market:MinLease=00:00:01",
            "--Dispatcher:RequestTimeout=00:00:02", $"--Web:KeysFolder={Path.Combine(dir, "keys")}",
        ]);
        await app.StartAsync();
        channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        svc = new MarketService.MarketServiceClient(channel);
        alice = LiveMarket.Auth(svc.CreateAccount(new CreateAccountRequest { Name = "alice" }).ApiKey);
        bob = LiveMarket.Auth(svc.CreateAccount(new CreateAccountRequest { Name = "bob" }).ApiKey);
    }

    public async Task DisposeAsync()
    {
        channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void AnyCall_WithoutOrWithWrongKey_Unauthenticated()
    {
        Refused(StatusCode.Unauthenticated, "authorization", () => svc.GetAccount(new AccountRequest()));
        Refused(StatusCode.Unauthenticated, "API key", () => svc.GetAccount(new AccountRequest(), LiveMarket.Auth("mk_nope")));
        Refused(StatusCode.Unauthenticated, "client token", () => svc.RequestWork(new RequestWorkRequest { LeaseMs = 1000 }, alice));
    }

    [Fact]
    public void CreateApiKey_SecondKey_BothWorkForTheSameAccount()
    {
        string second = svc.CreateApiKey(new CreateApiKeyRequest(), alice).ApiKey;
        Assert.StartsWith("mk_", second, StringComparison.Ordinal);
        long viaFirst = svc.GetAccount(new AccountRequest(), alice).AccountId;
        Assert.Equal(viaFirst, svc.GetAccount(new AccountRequest(), LiveMarket.Auth(second)).AccountId);
        Assert.NotEqual(viaFirst, svc.GetAccount(new AccountRequest(), bob).AccountId);
        using var db = Store.CreateContext(database);
        Assert.DoesNotContain(db.ApiKeys, k => k.KeyHash == second || k.KeyHash.Length != 64);
    }

    [Fact]
    public void SubmitJob_SourceWithTwoErrors_ReturnsBothWithLineAndColumn()
    {
        var e = Refused(StatusCode.InvalidArgument, "does not compile", () => svc.SubmitJob(Job("def main():\n    return [x for x in {1, 2}]\nclass X:\n    pass\n"), alice));
        Assert.Contains("job.py:2:24: SyntaxError: sets are not supported", e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("job.py:3:1: SyntaxError: classes are not supported", e.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("2 errors", e.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1", "negative")]
    [InlineData("1.0000001", "six decimal places")]
    [InlineData("cheap", "not a decimal")]
    public void SubmitJob_BadPrice_RefusedNamingPrice(string price, string why)
    {
        var job = Job(Program);
        job.Price = price;
        var e = Refused(StatusCode.InvalidArgument, why, () => svc.SubmitJob(job, alice));
        Assert.StartsWith("price", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitJob_UnknownEntryOrBadArgs_Refused()
    {
        var noEntry = Job(Program);
        noEntry.Entry = "start";
        Refused(StatusCode.InvalidArgument, "no function 'start'", () => svc.SubmitJob(noEntry, alice));
        var badArgs = Job(Program);
        badArgs.ArgsJson = "[1,";
        Refused(StatusCode.InvalidArgument, "args_json", () => svc.SubmitJob(badArgs, alice));
    }

    [Theory]
    [InlineData("tab\there")]
    [InlineData("nul\0here")]
    [InlineData("line\nbreak")]
    public void Names_WithControlCharacters_Refused(string name)
    {
        long before = CommandCount();
        var job = Job(Program);
        job.Name = name;
        Refused(StatusCode.InvalidArgument, "control characters", () => svc.SubmitJob(job, alice));
        Refused(StatusCode.InvalidArgument, "control characters", () => svc.RegisterClient(new RegisterClientRequest { Name = name }, alice));
        Refused(StatusCode.InvalidArgument, "control characters", () => svc.CreateAccount(new CreateAccountRequest { Name = name }));
        Assert.Equal(before, CommandCount());
    }

    [Fact]
    public void Jobs_OfAnotherOwner_AreNotFound()
    {
        long id = svc.SubmitJob(Job(Program), alice).JobId;
        Refused(StatusCode.NotFound, "not found", () => svc.GetJob(new JobRequest { JobId = id }, bob));
        Refused(StatusCode.NotFound, "not found", () => svc.GetResult(new JobRequest { JobId = id }, bob));
        Refused(StatusCode.NotFound, "not found", () => svc.ChangePrice(new ChangePriceRequest { JobId = id, Price = "9" }, bob));
        Refused(StatusCode.FailedPrecondition, "not ended", () => svc.GetResult(new JobRequest { JobId = id }, alice));
        svc.ChangePrice(new ChangePriceRequest { JobId = id, Price = "2.5" }, alice);
        Assert.Equal("2.5", svc.GetJob(new JobRequest { JobId = id }, alice).Price);
    }

    [Fact]
    public void CheckIn_BadLeaseDigestSizeOrFormat_RefusedAndNothingChanges()
    {
        svc.SubmitJob(Job(Program), alice);
        var a = LiveMarket.Auth(svc.RegisterClient(new RegisterClientRequest { Name = "a" }, alice).Token);
        var b = LiveMarket.Auth(svc.RegisterClient(new RegisterClientRequest { Name = "b" }, alice).Token);
        var lease = JobLeaseFor(a);
        long before = CommandCount();

        byte[] state = lease.State.ToByteArray();
        Refused(StatusCode.NotFound, "unknown", () => svc.CheckIn(CheckIn(lease.LeaseId + 1000, state), a));
        Refused(StatusCode.PermissionDenied, "another client", () => svc.CheckIn(CheckIn(lease.LeaseId, state), b));
        var wrongDigest = CheckIn(lease.LeaseId, state);
        wrongDigest.StateDigest = new string('0', 64);
        Refused(StatusCode.InvalidArgument, "does not match", () => svc.CheckIn(wrongDigest, a));
        Refused(StatusCode.ResourceExhausted, "limit", () => svc.CheckIn(CheckIn(lease.LeaseId, new byte[5000]), a));
        byte[] garbage = [.. state];
        garbage[^3] ^= 0x5a;
        garbage[9] ^= 0x33;
        Refused(StatusCode.InvalidArgument, "not a valid state", () => svc.CheckIn(CheckIn(lease.LeaseId, garbage), a));
        Assert.Equal(before, CommandCount());

        // The right state goes in, once.
        var module = JobCompiler.Compile(lease.Source, lease.FileName).Module!;
        var job = StateSerializer.Deserialize(state, module).State!;
        JobRunner.Run(job, 1_000_000);
        var reply = svc.CheckIn(CheckIn(lease.LeaseId, StateSerializer.Serialize(job)), a);
        Assert.Equal("completed", reply.JobStatus);
        Refused(StatusCode.NotFound, "no longer open", () => svc.CheckIn(CheckIn(lease.LeaseId, StateSerializer.Serialize(job)), a));
        var result = svc.GetResult(new JobRequest { JobId = lease.JobId }, alice);
        Assert.Equal(("n is 3\n", "6"), (result.Output, result.Result));
    }

    [Fact]
    public void ReportSpeedTest_WrongResult_Refused()
    {
        var a = LiveMarket.Auth(svc.RegisterClient(new RegisterClientRequest { Name = "a" }, alice).Token);
        var test = svc.RequestWork(new RequestWorkRequest { LeaseMs = 2000 }, a).Test;
        Assert.NotNull(test);
        Thread.Sleep(30);
        Refused(StatusCode.InvalidArgument, "wrong", () => svc.ReportSpeedTest(new SpeedTestRequest { LeaseId = test.LeaseId, ElapsedUs = 1000, Result = "42" }, a));
        Refused(StatusCode.InvalidArgument, "elapsed_us", () => svc.ReportSpeedTest(new SpeedTestRequest { LeaseId = test.LeaseId, ElapsedUs = 0, Result = "42" }, a));
        Refused(StatusCode.InvalidArgument, "elapsed", () => svc.ReportSpeedTest(new SpeedTestRequest { LeaseId = test.LeaseId, ElapsedUs = 60_000_000, Result = Expected }, a));
        double speed = svc.ReportSpeedTest(new SpeedTestRequest { LeaseId = test.LeaseId, ElapsedUs = 20_000, Result = Expected }, a).Speed;
        Assert.Equal(SpeedTest.InstructionCount / 1000.0 / 0.02, speed, 6);
    }

    [Fact]
    public void RequestWork_NoJobReady_AnswersRetryAfterTheTimeout()
    {
        var a = LiveMarket.Auth(svc.RegisterClient(new RegisterClientRequest { Name = "a" }, alice).Token);
        PassSpeedTest(a);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var reply = svc.RequestWork(new RequestWorkRequest { LeaseMs = 2000 }, a);
        Assert.Equal(RequestWorkReply.WorkOneofCase.Retry, reply.WorkCase);
        Assert.True(sw.Elapsed >= TimeSpan.FromSeconds(1.5), "answered before the timeout: " + sw.Elapsed);
        Refused(StatusCode.InvalidArgument, "lease_ms", () => svc.RequestWork(new RequestWorkRequest { LeaseMs = 0 }, a));
    }

    private JobLease JobLeaseFor(Metadata client)
    {
        PassSpeedTest(client);
        var reply = svc.RequestWork(new RequestWorkRequest { LeaseMs = 5000 }, client);
        Assert.Equal(RequestWorkReply.WorkOneofCase.Lease, reply.WorkCase);
        return reply.Lease;
    }

    private void PassSpeedTest(Metadata client)
    {
        var test = svc.RequestWork(new RequestWorkRequest { LeaseMs = 5000 }, client).Test;
        Thread.Sleep(20);
        svc.ReportSpeedTest(new SpeedTestRequest { LeaseId = test.LeaseId, ElapsedUs = 10_000, Result = Expected }, client);
    }

    private long CommandCount()
    {
        using var db = Store.CreateContext(database);
        return db.CommandLog.LongCount();
    }

    private static CheckInRequest CheckIn(long lease, byte[] state)
        => new() { LeaseId = lease, State = Google.Protobuf.ByteString.CopyFrom(state), StateDigest = StateSerializer.Digest(state) };

    private static SubmitJobRequest Job(string source) => new() { Source = source, Entry = "main", Price = "1", Name = "j" };

    private static RpcException Refused(StatusCode code, string text, Action call)
    {
        var e = Assert.Throws<RpcException>(call);
        Assert.Equal(code, e.StatusCode);
        Assert.Contains(text, e.Status.Detail, StringComparison.OrdinalIgnoreCase);
        return e;
    }
}
