namespace Market.Live.Server;

/// <summary>A job being submitted: what the writer stores beside the engine's <c>JobSubmitted</c> event.</summary>
internal sealed record PendingSubmit(string Source, string FileName, string Entry, string ArgsJson, string ModuleHash, byte[] State, string Digest, Market.Jobs.CompiledModule Module);
