// GOV.UK Frontend ships JavaScript without type declarations; these cover what the app uses.
declare module 'govuk-frontend' {
  /** A GOV.UK Frontend component: started on its root element, which it marks as started. */
  export interface GovukComponent {
    new (root: Element, config?: object): object;
    moduleName: string;
  }

  export const Button: GovukComponent;
  export const ErrorSummary: GovukComponent;
  export const NotificationBanner: GovukComponent;
  export const ServiceNavigation: GovukComponent;
  export const SkipLink: GovukComponent;
}
