using System.Buffers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Market.Live.Web;

/// <summary>For development and tests: a real SMTP server on loopback that keeps every message it
/// receives as a .eml file (<c>--Smtp:Dev=true</c>).</summary>
internal sealed class DevMailServer(SmtpOptions options, ILogger<DevMailServer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string folder = Path.GetFullPath(options.DevFolder);
        Directory.CreateDirectory(folder);
        var serverOptions = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, options.Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new FolderStore(folder));
        var server = new SmtpServer.SmtpServer(serverOptions, services);
        logger.LogInformation("Development mail server on 127.0.0.1:{Port}; messages are kept in {Folder}", options.Port, folder);
        try
        {
            await server.StartAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed class FolderStore(string folder) : MessageStore
    {
        private int count;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            int n = Interlocked.Increment(ref count);
            string file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{n:D4}.eml");
            await using var stream = File.Create(file);
            foreach (var segment in buffer)
            {
                await stream.WriteAsync(segment, cancellationToken);
            }
            return SmtpResponse.Ok;
        }
    }
}
