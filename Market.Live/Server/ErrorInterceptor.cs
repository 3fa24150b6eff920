using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Market.Live.Server;

/// <summary>The service edge: refusals become gRPC statuses with their message; anything else is
/// logged and answered with a plain "internal error" (no stack traces to callers).</summary>
internal sealed class ErrorInterceptor(ILogger<ErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (ServiceException e)
        {
            throw new RpcException(new Status(e.Code, e.Message));
        }
        catch (RpcException)
        {
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Cancelled, "the call was cancelled"));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Unexpected failure in {Method}", context.Method);
            throw new RpcException(new Status(StatusCode.Internal, "internal error in the dispatcher; the operator's log has the details"));
        }
    }
}
