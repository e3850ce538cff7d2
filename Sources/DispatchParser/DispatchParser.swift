// DispatchParser
