// The leads list's tests drive it through the helpers of every records list.
export * from './records-list.js';
