using Grpc.Core;

namespace Market.Live.Server;

/// <summary>A refusal for the caller, turned into a gRPC status at the service edge.</summary>
internal sealed class ServiceException(StatusCode code, string message) : Exception(message)
{
    public StatusCode Code { get; } = code;
}
