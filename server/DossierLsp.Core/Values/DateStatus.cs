namespace DossierLsp.Core.Values;

internal enum DateStatus { Valid, Empty, Impossible, Unrecognized }
