using System.Net;
using System.Net.Sockets;

namespace Market.Live.Tests;

/// <summary>Free loopback ports for dispatchers started by tests.</summary>
internal static class Ports
{
    public static int Free()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
