/** Returns a function that calls `apply(value)` only when given a value other than the last one, starting from `initial`. */
export function whenChanged<T>(initial: T, apply: (value: T) => void): (value: T) => void {
  let shown = initial;
  return (value: T) => {
    if (value === shown) return;
    shown = value;
    apply(value);
  };
}
