using Grpc.Core;
using Market.Engine;
using Market.Reports;

namespace Market.Live.Server;

/// <content>Keys, revocation and reports: what the web interface and account tools ask of the dispatcher.</content>
internal sealed partial class Dispatcher
{
    private const string RevokeClientSql = "UPDATE clients SET revoked = @p1 WHERE id = @p0";

    /// <summary>Adds an API key to an account (shown once, stored hashed).</summary>
    public Task<string> CreateApiKey(int account)
    {
        string key = Secrets.New("mk_");
        string hash = Secrets.Hash(key);
        return Run(() =>
        {
            ops.Add(new SqlOp(InsertKey, [(long)account, hash, Now().Ticks, false]));
            afterCommit.Add(() => accountsByKey[hash] = account);
            return key;
        });
    }

    /// <summary>Revokes one of the account's clients: its token stops working at once.</summary>
    public Task<bool> RevokeClient(int account, long client)
    {
        if (client is <= 0 or > int.MaxValue || !clientOwners.TryGetValue((int)client, out int owner) || owner != account)
        {
            throw new ServiceException(StatusCode.NotFound, $"machine {client} not found among your machines");
        }
        return Run(() =>
        {
            ops.Add(new SqlOp(RevokeClientSql, [client, true]));
            if (waiting.Remove((int)client, out var w))
            {
                afterCommit.Add(() => w.Tcs.TrySetResult(RetryReply("this client was revoked")));
            }
            WithdrawIfPooled(new ClientId((int)client));
            afterCommit.Add(() =>
            {
                foreach (var (hash, id) in clientsByToken)
                {
                    if (id == client)
                    {
                        clientsByToken.TryRemove(hash, out _);
                    }
                }
            });
            return true;
        });
    }

    /// <summary>The market report as <paramref name="reader"/> may see it (owner links only for the
    /// reader's own jobs and clients; DESIGN.md privacy rules).</summary>
    public async Task<string> Report(int? reader, IReadOnlyList<Dispatch> dispatches)
    {
        // Only the snapshot of the market is taken on the writer; writing the XML is not its business.
        var report = await Run(() => ReportBuilder.Build(Engine, dispatches, ReportSource.Live, Now(), reader is int r ? new AccountId(r) : null));
        return ReportWriter.ToXml(report);
    }
}
