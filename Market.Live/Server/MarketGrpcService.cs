using System.Globalization;
using Grpc.Core;
using Market.Engine;
using Market.Jobs;
using Market.Live.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Market.Live.Server;

/// <summary>The gRPC service (market.v1): authenticates, parses and validates each call, and hands
/// it to the dispatcher. Refusals become status codes in <see cref="ErrorInterceptor"/>.</summary>
internal sealed class MarketGrpcService(Dispatcher dispatcher, DatabaseOptions database, TimeProvider clock) : MarketService.MarketServiceBase
{
    public override async Task<CreateAccountReply> CreateAccount(CreateAccountRequest request, ServerCallContext context)
    {
        if (!dispatcher.Options.OpenRegistration)
        {
            throw new ServiceException(StatusCode.PermissionDenied, "this market opens accounts through its web interface (after the email address is confirmed)");
        }
        string name = Label(request.Name, "name");
        var (id, key, balance) = await dispatcher.CreateAccount(name);
        return new CreateAccountReply { AccountId = id, ApiKey = key, Balance = balance.ToString(CultureInfo.InvariantCulture) };
    }

    public override async Task<CreateApiKeyReply> CreateApiKey(CreateApiKeyRequest request, ServerCallContext context)
        => new CreateApiKeyReply { ApiKey = await dispatcher.CreateApiKey(Account(context)) };

    public override async Task<RegisterClientReply> RegisterClient(RegisterClientRequest request, ServerCallContext context)
    {
        int account = Account(context);
        var (id, token) = await dispatcher.RegisterClient(account, Label(request.Name, "name"));
        return new RegisterClientReply { ClientId = id, Token = token };
    }

    public override async Task<SubmitJobReply> SubmitJob(SubmitJobRequest request, ServerCallContext context)
    {
        int account = Account(context);
        decimal price = Money(request.Price, "price");
        string fileName = string.IsNullOrWhiteSpace(request.FileName) ? "job.py" : Label(request.FileName, "file_name");
        string entry = string.IsNullOrWhiteSpace(request.Entry) ? "main" : request.Entry.Trim();
        if (request.Source.Length > dispatcher.Options.MaxSourceChars)
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"source: {request.Source.Length} characters, more than the limit of {dispatcher.Options.MaxSourceChars}");
        }
        var submit = JobFactory.Create(request.Source, fileName, entry, request.ArgsJson);
        int id = await dispatcher.SubmitJob(account, Label(request.Name, "name"), price, submit);
        return new SubmitJobReply { JobId = id, StateDigest = submit.Digest, StateSize = submit.State.Length };
    }

    public override async Task<ChangePriceReply> ChangePrice(ChangePriceRequest request, ServerCallContext context)
    {
        int account = Account(context);
        await dispatcher.ChangePrice(account, request.JobId, Money(request.Price, "price"));
        return new ChangePriceReply();
    }

    public override async Task<JobStatusReply> GetJob(JobRequest request, ServerCallContext context)
    {
        var j = await OwnedJob(request.JobId, context);
        return new JobStatusReply
        {
            JobId = j.Id,
            Name = j.Name,
            Status = j.Status,
            Price = new Price(j.PriceMicro).ToString(),
            Version = j.Version,
            Instructions = j.Instructions,
            Slices = j.Slices,
            Rollbacks = j.Rollbacks,
            SubmittedUnixMs = Dispatcher.UnixMs(new Instant(j.SubmittedAt)),
            LastCheckpointUnixMs = j.LastCheckpointAt is long t ? Dispatcher.UnixMs(new Instant(t)) : 0,
            Charged = new Credits(j.ChargedMicro).ToString(),
        };
    }

    public override async Task<JobResultReply> GetResult(JobRequest request, ServerCallContext context)
    {
        var j = await OwnedJob(request.JobId, context);
        if (j.Status is not ("completed" or "failed"))
        {
            throw new ServiceException(StatusCode.FailedPrecondition, $"job {j.Id} has not ended yet (it is {j.Status})");
        }
        return new JobResultReply { JobId = j.Id, Status = j.Status, Result = j.Result ?? "", Output = j.Output ?? "", Error = j.Error ?? "" };
    }

    public override async Task<AccountReply> GetAccount(AccountRequest request, ServerCallContext context)
    {
        int account = Account(context);
        var info = await dispatcher.GetAccount(account);
        return new AccountReply { AccountId = account, Balance = info.Balance.ToString(), Reserved = info.Reserved.ToString() };
    }

    public override Task<RequestWorkReply> RequestWork(RequestWorkRequest request, ServerCallContext context)
    {
        int client = Client(context);
        if (request.LeaseMs <= 0 || request.LeaseMs > TimeSpan.FromDays(1).TotalMilliseconds)
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"lease_ms must be between 1 and 86400000, not {request.LeaseMs}");
        }
        return dispatcher.RequestWork(client, TimeSpan.FromMilliseconds(request.LeaseMs), context.CancellationToken);
    }

    public override Task<CheckInReply> CheckIn(CheckInRequest request, ServerCallContext context)
    {
        int client = Client(context);
        return dispatcher.CheckIn(client, request.LeaseId, request.State.ToByteArray(), request.StateDigest.Trim().ToLowerInvariant());
    }

    public override async Task<SpeedTestReply> ReportSpeedTest(SpeedTestRequest request, ServerCallContext context)
    {
        int client = Client(context);
        if (request.ElapsedUs <= 0 || request.ElapsedUs > 86_400_000_000)
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"elapsed_us must be positive and at most a day, not {request.ElapsedUs}");
        }
        double speed = await dispatcher.ReportSpeedTest(client, request.LeaseId, TimeSpan.FromMicroseconds(request.ElapsedUs), request.Result.Trim());
        return new SpeedTestReply { Speed = speed };
    }

    public override Task<PingReply> Ping(PingRequest request, ServerCallContext context)
        => Task.FromResult(new PingReply { ServerUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds() });

    /// <summary>The caller's job as stored (committed facts only); another owner's is "not found".</summary>
    private async Task<Data.JobRow> OwnedJob(long id, ServerCallContext context)
    {
        dispatcher.OwnJob(Account(context), id);
        await using var db = Store.CreateContext(database);
        return await db.Jobs.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, context.CancellationToken)
            ?? throw new ServiceException(StatusCode.NotFound, $"job {id} not found among your jobs");
    }

    private int Account(ServerCallContext context)
        => dispatcher.AccountByKey(Bearer(context)) ?? throw new ServiceException(StatusCode.Unauthenticated, "unknown or revoked API key");

    private int Client(ServerCallContext context)
        => dispatcher.ClientByToken(Bearer(context)) ?? throw new ServiceException(StatusCode.Unauthenticated, "unknown or revoked client token");

    private static string Bearer(ServerCallContext context)
    {
        string? h = context.RequestHeaders.GetValue("authorization");
        if (h == null || !h.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || h.Length < 8)
        {
            throw new ServiceException(StatusCode.Unauthenticated, "this call needs the header 'authorization: Bearer SECRET' (an API key or a client token)");
        }
        return h[7..].Trim();
    }

    /// <summary>A decimal with at most six places and not negative.</summary>
    public static decimal Money(string text, string field)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal d))
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"{field}: '{text}' is not a decimal number like 1.5");
        }
        if (d < 0)
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"{field}: must not be negative ({text})");
        }
        if (d.Scale > 6 && d != decimal.Round(d, 6))
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"{field}: at most six decimal places ({text})");
        }
        return d;
    }

    /// <summary>A name a person gives (job, machine, account, file): at most 200 characters, no
    /// control characters (they cannot be written in the XML report, nor a NUL in PostgreSQL).</summary>
    public static string Label(string text, string field)
    {
        if (text.Length > 200)
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"{field}: at most 200 characters");
        }
        if (text.Any(char.IsControl))
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"{field}: control characters (tabs, line breaks and the like) are not allowed");
        }
        return text.Trim();
    }
}
