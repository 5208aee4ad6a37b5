/** Returns a function that calls `apply(value)` only when given a value other than the last one, starting from `initial`. */
export function whenChanged<T>(initial: T, apply: (value: T) => void): (value: T) => void {
  let shown = initial;
  return (value: T) => {
    if (value === shown) return;
    shown = value;
    apply(value);
  };
}

/**
 * Returns `begin`: each call starts an update and returns `isLatest`, true until a later update begins, so an answer
 * to a superseded choice is dropped however late it arrives (the latest choice wins).
 */
export function latestWins(): () => () => boolean {
  let latest = 0;
  return () => {
    const mine = ++latest;
    return () => mine === latest;
  };
}
