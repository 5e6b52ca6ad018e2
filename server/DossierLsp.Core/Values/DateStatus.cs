namespace DossierLsp.Core.Values;

public enum DateStatus { Valid, Empty, Impossible, Unrecognized }
